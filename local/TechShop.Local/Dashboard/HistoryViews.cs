namespace TechShop.Local.Dashboard;

/// <summary>
/// The historical panels: each one query on a GOLD reporting view (sql/warehouse/reporting), shaped for its chart.
/// The SQL stays in the portable subset, so the same queries run on Snowflake.
/// </summary>
public static class HistoryViews
{
    /// <summary>Every panel, in page order.</summary>
    public static IReadOnlyList<HistoryView> All { get; } =
    [
        new("daily-revenue", "Daily revenue (gross and net, USD)", "GOLD.VW_DAILY_REVENUE",
            "SELECT order_date, orders, gross_revenue_usd, revenue_at_risk_usd, net_revenue_usd FROM GOLD.VW_DAILY_REVENUE ORDER BY order_date"),
        new("order-kpis-by-month", "Average order value and margin by month", "GOLD.VW_ORDER_KPIS_BY_MONTH",
            "SELECT month_start, orders, revenue_usd, profit_usd, average_order_value_usd, margin_ratio FROM GOLD.VW_ORDER_KPIS_BY_MONTH ORDER BY month_start"),
        new("sales-by-quarter-category", "Revenue by quarter and category (USD)", "GOLD.VW_SALES_BY_QUARTER_CATEGORY",
            "SELECT year_quarter, category, orders, revenue_usd, profit_usd FROM GOLD.VW_SALES_BY_QUARTER_CATEGORY ORDER BY year_quarter, category"),
        new("top-brands", "Top brands by revenue", "GOLD.VW_TOP_BRANDS",
            "SELECT revenue_rank, brand, quantity, revenue_usd, profit_usd, revenue_share FROM GOLD.VW_TOP_BRANDS ORDER BY revenue_rank, brand"),
        new("channel-mix", "Online vs in-store by year", "GOLD.VW_CHANNEL_MIX",
            "SELECT year, channel, orders, revenue_usd, revenue_share FROM GOLD.VW_CHANNEL_MIX ORDER BY year, channel"),
        new("store-performance", "Stores by revenue", "GOLD.VW_STORE_PERFORMANCE",
            "SELECT store_name, country, orders, revenue_usd, profit_usd, average_order_value_usd, average_delivery_days "
            + "FROM GOLD.VW_STORE_PERFORMANCE ORDER BY revenue_usd DESC NULLS LAST, store_key LIMIT 15"),
        new("customer-demographics", "Customers and revenue by age band", "GOLD.VW_CUSTOMER_DEMOGRAPHICS",
            "SELECT age_band, SUM(customers) AS customers, SUM(orders) AS orders, SUM(revenue_usd) AS revenue_usd "
            + "FROM GOLD.VW_CUSTOMER_DEMOGRAPHICS GROUP BY age_band ORDER BY age_band"),
        new("customer-rfm", "Customers by RFM segment", "GOLD.VW_CUSTOMER_RFM",
            "SELECT segment, COUNT(*) AS customers, SUM(monetary_usd) AS monetary_usd, SUM(projected_3y_clv_usd) AS projected_3y_clv_usd "
            + "FROM GOLD.VW_CUSTOMER_RFM GROUP BY segment ORDER BY customers DESC, segment"),
    ];

    /// <summary>The panel named <paramref name="name"/>, or null.</summary>
    public static HistoryView? Find(string name) => All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));
}
