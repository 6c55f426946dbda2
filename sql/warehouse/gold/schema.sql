-- kind: setup
-- GOLD_STAGE receives each build; GOLD holds the last build that passed the quality gate (what Power BI reads).
CREATE SCHEMA IF NOT EXISTS GOLD_STAGE;
CREATE SCHEMA IF NOT EXISTS GOLD;
