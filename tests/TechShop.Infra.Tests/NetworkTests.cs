namespace TechShop.Infra.Tests;

[Collection(PlatformCollection.Name)]
public sealed class NetworkTests
{
    private readonly DevPlatform _dev;
    private readonly ProdPlatform _prod;

    public NetworkTests(DevPlatform dev, ProdPlatform prod) => (_dev, _prod) = (dev, prod);

    [Fact]
    public void Vpc_WhenDev_ShouldSpanTwoZonesWithPrivateSubnetsAndOneNatGateway()
    {
        var subnets = _dev.Resources("AWS::EC2::Subnet").Values.Select(s => s.GetProperty("Properties")).ToArray();

        Assert.Equal(2, subnets.Count(s => !s.GetProperty("MapPublicIpOnLaunch").GetBoolean()));
        Assert.Equal(2, subnets.Count(s => s.GetProperty("MapPublicIpOnLaunch").GetBoolean()));
        Assert.Single(_dev.Resources("AWS::EC2::NatGateway"));
    }

    [Fact]
    public void Vpc_WhenProd_ShouldSpanThreeZonesWithANatGatewayEach()
    {
        Assert.Equal(6, _prod.Resources("AWS::EC2::Subnet").Count);
        Assert.Equal(3, _prod.Resources("AWS::EC2::NatGateway").Count);
    }

    [Fact]
    public void Endpoints_ShouldCoverS3AsGatewayAndEveryServiceTheFunctionsCallAsInterfaces()
    {
        var endpoints = _dev.Resources("AWS::EC2::VPCEndpoint").Values.Select(e => e.GetProperty("Properties")).ToArray();
        var byService = endpoints.ToDictionary(
            e => Cfn.Render(e.GetProperty("ServiceName")).Replace("${AWS::Region}", "<region>", StringComparison.Ordinal),
            e => e.GetProperty("VpcEndpointType").GetString());

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["com.amazonaws.<region>.s3"] = "Gateway",
                ["com.amazonaws.<region>.secretsmanager"] = "Interface",
                ["com.amazonaws.<region>.sts"] = "Interface",
                ["com.amazonaws.<region>.logs"] = "Interface",
                ["com.amazonaws.<region>.monitoring"] = "Interface",
                ["com.amazonaws.<region>.cassandra"] = "Interface",
            },
            byService);
        Assert.All(endpoints.Where(e => e.GetProperty("VpcEndpointType").GetString() == "Interface"),
            e => Assert.True(e.GetProperty("PrivateDnsEnabled").GetBoolean()));
    }

    [Fact]
    public void EndpointSecurityGroup_ShouldAdmitHttpsAndKeyspacesTlsFromTheVpcOnly()
    {
        var group = _dev.Properties(_dev.LogicalId("Network/EndpointsSecurityGroup"));
        var ingress = group.GetProperty("SecurityGroupIngress").EnumerateArray()
            .Select(i => (i.GetProperty("FromPort").GetInt32(), Cfn.Render(i.GetProperty("CidrIp")))).ToArray();

        var vpcCidr = "${" + _dev.LogicalId("Network/Vpc") + ".CidrBlock}";
        Assert.Equal([(443, vpcCidr), (9142, vpcCidr)], ingress);
    }
}
