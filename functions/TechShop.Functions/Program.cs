// The Lambda host lands with the Lambda host issue; until then the bootstrap has no handlers to run.
return 1;
