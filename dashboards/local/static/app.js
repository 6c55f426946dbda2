// The local dashboard: live panels from /api/live/* (every 2 s) and historical panels from /api/history/* (every 30 s).
// Each panel's data-ready says what it shows: "true" (rows, with data-rows), "empty", "error" (the note says why).
'use strict';

Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.plugins.legend.labels.boxWidth = 12;
Chart.defaults.font.size = 11;

const palette = ['#2563eb', '#16a34a', '#f59e0b', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#ea580c', '#475569'];
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const count = new Intl.NumberFormat('en-US');
const charts = new Map();

const panel = name => document.querySelector(`[data-panel="${name}"]`);
const time = iso => iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') : '—';

async function getJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status} with a body that is not JSON` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function mark(name, rows, note) {
  const el = panel(name);
  el.dataset.ready = rows > 0 ? 'true' : 'empty';
  el.dataset.rows = String(rows);
  el.querySelector('.note').textContent = note ?? (rows > 0 ? '' : 'No data yet.');
}

function fail(name, error) {
  const el = panel(name);
  el.dataset.ready = 'error';
  el.querySelector('.note').textContent = error.message;
}

function chart(name, config) {
  const existing = charts.get(name);
  if (existing && existing.config.type === config.type) {
    existing.data = config.data;
    existing.update('none');
    return;
  }
  existing?.destroy();
  charts.set(name, new Chart(panel(name).querySelector('canvas'), config));
}

function table(name, columns, rows) {
  const head = columns.map(c => `<th class="${c.num ? 'num' : ''}">${c.title}</th>`).join('');
  const body = rows.map(r => '<tr>' + columns.map(c => `<td class="${c.num ? 'num' : ''}">${escape(c.value(r))}</td>`).join('') + '</tr>').join('');
  panel(name).querySelector('.table').innerHTML = `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function escape(value) {
  return String(value ?? '').replace(/[&<>"]/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[ch]));
}

const bar = (labels, datasets, horizontal) => ({
  type: 'bar',
  data: { labels, datasets },
  options: { indexAxis: horizontal ? 'y' : 'x', plugins: { legend: { display: datasets.length > 1 } }, scales: { x: { stacked: false }, y: { beginAtZero: true } } },
});
const line = (labels, datasets) => ({
  type: 'line',
  data: { labels, datasets: datasets.map(d => ({ pointRadius: 0, borderWidth: 1.5, tension: 0.2, ...d })) },
  options: { plugins: { legend: { display: datasets.length > 1 } }, scales: { x: { ticks: { maxTicksLimit: 8 } }, y: { beginAtZero: true } } },
});
const series = (label, data, i) => ({ label, data, backgroundColor: palette[i % palette.length], borderColor: palette[i % palette.length] });

// ---- live panels ----------------------------------------------------------------------------------------------------

const live = {
  'live-summary': async () => {
    const s = await getJson('api/live/summary');
    const tiles = [
      ['Orders', count.format(s.orders)], ['Gross revenue', usd.format(s.grossRevenueUsd)], ['Net revenue', usd.format(s.netRevenueUsd)],
      ['Cancelled / returned', `${count.format(s.cancelledOrders)} / ${count.format(s.returnedOrders)}`],
      ['Order events', count.format(s.counts.orderEvents)], ['Newest event', time(s.lastEventTime)],
    ];
    document.getElementById('kpi-tiles').innerHTML = tiles.map(([k, v]) => `<div class="tile"><b>${escape(v)}</b><span>${k}</span></div>`).join('');
    mark('live-summary', s.counts.orderEvents, `${count.format(s.orderDates)} order dates · ${count.format(s.counts.orderItems)} order items · ${count.format(s.counts.processingLag)} lag slices`);
  },
  'live-revenue': async () => {
    const r = await getJson('api/live/revenue?days=30');
    chart('live-revenue', bar(r.items.map(d => d.orderDate.slice(5)), [
      series('Net', r.items.map(d => d.netUsd), 0),
      series('At risk', r.items.map(d => d.atRiskBeforeFulfilmentUsd + d.atRiskAfterFulfilmentUsd), 3),
    ]));
    charts.get('live-revenue').options.scales = { x: { stacked: true }, y: { stacked: true, beginAtZero: true } };
    charts.get('live-revenue').update('none');
    mark('live-revenue', r.items.length, r.day ? `up to ${r.day}` : undefined);
  },
  'live-orders-per-minute': async () => {
    const r = await getJson('api/live/orders-per-minute?minutes=1440');
    const config = bar(r.items.map(m => time(m.minute).slice(11, 16)), [
      series('Placed', r.items.map(m => m.ordersPlaced), 0), series('Cancelled', r.items.map(m => m.cancellations), 3),
      series('Returned', r.items.map(m => m.returns), 2),
    ]);
    config.options.scales = { x: { stacked: true, ticks: { maxTicksLimit: 12 } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } };
    chart('live-orders-per-minute', config);
    mark('live-orders-per-minute', r.items.length, `${time(r.from)} – ${time(r.to)}`);
  },
  'live-payment-mix': async () => {
    const r = await getJson('api/live/payment-mix?minutes=1440');
    chart('live-payment-mix', {
      type: 'doughnut',
      data: { labels: r.items.map(p => p.paymentMethod), datasets: [{ data: r.items.map(p => p.orders), backgroundColor: palette }] },
      options: { plugins: { legend: { position: 'right' } } },
    });
    mark('live-payment-mix', r.items.length, `${count.format(r.items.reduce((n, p) => n + p.orders, 0))} orders placed`);
  },
  'live-top-products': async () => {
    const r = await getJson('api/live/top-products?limit=10');
    chart('live-top-products', bar(r.items.map(p => `#${p.productKey}`), [series('Revenue', r.items.map(p => p.revenueUsd), 1)], true));
    mark('live-top-products', r.items.length, r.day ? `order date ${r.day}` : undefined);
  },
  'live-lag': async () => {
    const r = await getJson('api/live/lag?minutes=1440');
    const rows = [...r.items].reverse();
    chart('live-lag', line(rows.map(l => time(l.firstRecordTime).slice(11, 19)), [
      series('event lag p50', rows.map(l => l.eventLagP50Ms), 0), series('event lag p99', rows.map(l => l.eventLagP99Ms), 3),
      series('kafka lag p99', rows.map(l => l.kafkaLagP99Ms), 4),
    ]));
    mark('live-lag', r.items.length, `${count.format(r.items.reduce((n, l) => n + l.records, 0))} records in ${r.items.length} slices`);
  },
  'live-alerts': async () => {
    const r = await getJson('api/live/alerts');
    table('live-alerts', [
      { title: 'Time', value: a => time(a.eventTime).slice(11) }, { title: 'Order', value: a => a.orderNumber, num: true },
      { title: 'Status', value: a => a.status }, { title: 'Order date', value: a => a.orderDate },
      { title: 'At risk', value: a => usdCents.format(a.revenueAtRiskUsd), num: true },
    ], r.items.slice(0, 50));
    mark('live-alerts', r.items.length, r.day ? `${count.format(r.items.length)} on ${r.day}` : undefined);
  },
  'live-recent-orders': async () => {
    const r = await getJson('api/live/recent-orders?limit=12&minutes=1440');
    table('live-recent-orders', [
      { title: 'Event time', value: o => time(o.eventTime) }, { title: 'Order', value: o => o.orderNumber, num: true },
      { title: 'Status', value: o => o.status }, { title: 'Channel', value: o => o.channel }, { title: 'Payment', value: o => o.paymentMethod },
      { title: 'Store', value: o => o.storeKey, num: true }, { title: 'Customer', value: o => o.customerKey, num: true },
      { title: 'Items', value: o => o.itemCount, num: true },
      { title: 'Gross (local)', value: o => `${o.grossLocal.toFixed(2)} ${o.currency}`, num: true },
      { title: 'Gross (USD)', value: o => usdCents.format(o.grossUsd), num: true },
    ], r.items);
    mark('live-recent-orders', r.items.length);
  },
};

// ---- historical panels ----------------------------------------------------------------------------------------------

const column = (view, name) => {
  const i = view.columns.indexOf(name);
  return view.rows.map(r => r[i]);
};

function pivot(view, key, group, value) {
  const keys = [...new Set(column(view, key))];
  const groups = [...new Set(column(view, group))];
  const [k, g, v] = [key, group, value].map(c => view.columns.indexOf(c));
  const cell = new Map(view.rows.map(r => [`${r[k]}|${r[g]}`, r[v]]));
  return { keys, datasets: groups.map((name, i) => series(String(name), keys.map(x => cell.get(`${x}|${name}`) ?? 0), i)) };
}

const history = {
  'daily-revenue': v => line(column(v, 'order_date'), [
    { ...series('Gross', column(v, 'gross_revenue_usd'), 0) }, { ...series('Net', column(v, 'net_revenue_usd'), 1) },
  ]),
  'order-kpis-by-month': v => bar(column(v, 'month_start').map(d => d.slice(0, 7)), [series('Average order value (USD)', column(v, 'average_order_value_usd'), 4)]),
  'sales-by-quarter-category': v => {
    const p = pivot(v, 'year_quarter', 'category', 'revenue_usd');
    const config = bar(p.keys, p.datasets);
    config.options.scales = { x: { stacked: true }, y: { stacked: true, beginAtZero: true } };
    return config;
  },
  'top-brands': v => bar(column(v, 'brand'), [series('Revenue (USD)', column(v, 'revenue_usd'), 0), series('Profit (USD)', column(v, 'profit_usd'), 1)], true),
  'channel-mix': v => {
    const p = pivot(v, 'year', 'channel', 'revenue_usd');
    const config = bar(p.keys.map(String), p.datasets);
    config.options.scales = { x: { stacked: true }, y: { stacked: true, beginAtZero: true } };
    return config;
  },
  'store-performance': v => bar(column(v, 'store_name'), [series('Revenue (USD)', column(v, 'revenue_usd'), 5)], true),
  'customer-demographics': v => bar(column(v, 'age_band'), [series('Customers', column(v, 'customers'), 2)]),
  'customer-rfm': v => ({
    type: 'doughnut',
    data: { labels: column(v, 'segment'), datasets: [{ data: column(v, 'customers'), backgroundColor: palette }] },
    options: { plugins: { legend: { position: 'right' } } },
  }),
};

async function buildHistoryPanels() {
  const catalogue = await getJson('api/history');
  const host = document.getElementById('history');
  host.innerHTML = catalogue.views.map(v =>
    `<section class="panel${v.name === 'daily-revenue' ? ' double' : ''}" data-panel="${v.name}" data-ready="false">` +
    `<h3>${escape(v.title)}</h3><div class="chart"><canvas></canvas></div><p class="note"></p></section>`).join('');
  return catalogue.views.map(v => v.name);
}

async function refreshHistory(names) {
  await Promise.all(names.map(async name => {
    try {
      const view = await getJson(`api/history/${name}`);
      chart(name, history[name](view));
      mark(name, view.rows.length, `${count.format(view.rows.length)} rows`);
    } catch (error) {
      fail(name, error);
    }
  }));
}

async function refreshLive() {
  await Promise.all(Object.entries(live).map(async ([name, load]) => {
    try {
      await load();
    } catch (error) {
      fail(name, error);
    }
  }));
  const status = document.getElementById('status');
  const failed = document.querySelectorAll('[data-ready="error"]').length;
  status.dataset.state = failed ? 'error' : 'ok';
  status.textContent = `${failed ? `${failed} panel(s) failed · ` : ''}updated ${new Date().toLocaleTimeString()}`;
}

async function start() {
  let historyNames = [];
  try {
    historyNames = await buildHistoryPanels();
  } catch (error) {
    document.getElementById('history').textContent = `History unavailable: ${error.message}`;
  }
  await Promise.all([refreshLive(), refreshHistory(historyNames)]);
  document.body.dataset.loaded = 'true';
  setInterval(refreshLive, 2000);
  setInterval(() => refreshHistory(historyNames), 30000);
}

start();
