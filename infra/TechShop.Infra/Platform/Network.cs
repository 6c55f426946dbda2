using Amazon.CDK.AWS.EC2;
using Constructs;
using TechShop.Infra.Configuration;

namespace TechShop.Infra.Platform;

/// <summary>The VPC: public subnets for NAT, private subnets for brokers and functions, and the endpoints the functions use.</summary>
public sealed class Network : Construct
{
    public Network(Construct scope, string id, PlatformSettings settings) : base(scope, id)
    {
        var privateType = settings.NatGateways == 0 ? SubnetType.PRIVATE_ISOLATED : SubnetType.PRIVATE_WITH_EGRESS;
        Vpc = new Vpc(this, "Vpc", new VpcProps
        {
            MaxAzs = settings.MaxAzs,
            NatGateways = settings.NatGateways,
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = "Public", SubnetType = SubnetType.PUBLIC, CidrMask = 24 },
                new SubnetConfiguration { Name = "Private", SubnetType = privateType, CidrMask = 20 },
            ],
            GatewayEndpoints = new Dictionary<string, IGatewayVpcEndpointOptions>
            {
                ["S3"] = new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.S3 },
            },
        });
        PrivateSubnets = new SubnetSelection { SubnetType = privateType };

        FunctionsSecurityGroup = new SecurityGroup(this, "FunctionsSecurityGroup", new SecurityGroupProps
        {
            Vpc = Vpc,
            Description = "TechShop functions: egress to MSK, Keyspaces, the schema registry, AWS endpoints and Snowflake",
            AllowAllOutbound = true,
        });

        var endpoints = new SecurityGroup(this, "EndpointsSecurityGroup", new SecurityGroupProps
        {
            Vpc = Vpc,
            Description = "Interface endpoints: HTTPS and Keyspaces TLS from inside the VPC",
            AllowAllOutbound = false,
        });
        endpoints.AddIngressRule(Peer.Ipv4(Vpc.VpcCidrBlock), Port.Tcp(443), "HTTPS from the VPC");
        endpoints.AddIngressRule(Peer.Ipv4(Vpc.VpcCidrBlock), Port.Tcp(9142), "Keyspaces CQL over TLS from the VPC");

        var services = new Dictionary<string, InterfaceVpcEndpointAwsService>
        {
            ["SecretsManager"] = InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
            ["Sts"] = InterfaceVpcEndpointAwsService.STS,
            ["Logs"] = InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
            ["Monitoring"] = InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING,
            ["Keyspaces"] = new InterfaceVpcEndpointAwsService("cassandra", null, 9142),
        };
        foreach (var (name, service) in services)
        {
            Vpc.AddInterfaceEndpoint(name, new InterfaceVpcEndpointOptions
            {
                Service = service,
                Subnets = PrivateSubnets,
                SecurityGroups = [endpoints],
                PrivateDnsEnabled = true,
            });
        }
    }

    /// <summary>The platform VPC.</summary>
    public Vpc Vpc { get; }

    /// <summary>Where brokers, functions and the registry run.</summary>
    public SubnetSelection PrivateSubnets { get; }

    /// <summary>The security group every function shares (MSK and the registry admit it).</summary>
    public SecurityGroup FunctionsSecurityGroup { get; }
}
