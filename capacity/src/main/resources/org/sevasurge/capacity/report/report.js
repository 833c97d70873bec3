// Seva Surge capacity report: draws every chart from the report's own data (report.json, inlined), with ECharts
// inlined beside it. No network: everything the page needs is in the file.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var base = { animation: false, grid: { left: 60, right: 60, top: 40, bottom: 40 }, tooltip: { trigger: 'axis' } };

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var merged = Object.assign({}, base, option);
    echarts.init(el, null, { renderer: 'canvas' }).setOption(merged);
  }
  function stepLabel(s) { return (s.staircase.indexOf('staircase') === 0 ? s.staircase.replace('staircase-', 's') + '#' : '#') + s.index; }
  function round(v) { return v === null || v === undefined ? null : Math.round(v * 1000) / 1000; }
  function zip(xs, ys) { return xs.map(function (x, i) { return [x, ys[i]]; }); }
  // A round axis end above v (1, 2 or 5 times a power of ten), so the last label is a plain number.
  function niceCeil(v) {
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    return [1, 2, 5, 10].map(function (m) { return m * p; }).filter(function (c) { return c >= v; })[0];
  }

  var steps = data.steps.slice().sort(function (a, b) { return a.offeredPerSecond - b.offeredPerSecond; });

  chart('chart-rates', {
    legend: { data: ['offered', 'achieved'] },
    xAxis: { type: 'category', name: 'step', data: data.steps.map(stepLabel) },
    yAxis: { type: 'value', name: (data.capacity ? data.capacity.unit : 'submissions/s') },
    series: [
      { name: 'offered', type: 'bar', data: data.steps.map(function (s) { return round(s.offeredPerSecond); }) },
      { name: 'achieved', type: 'bar', data: data.steps.map(function (s) { return round(s.achievedPerSecond); }) }
    ]
  });

  chart('chart-injector', {
    legend: { data: ['injector CPU / share', 'saturated above'] },
    xAxis: { type: 'category', name: 'step', data: data.steps.map(stepLabel) },
    yAxis: { type: 'value', name: 'share of its cores', max: function (v) { return Math.max(1, v.max); } },
    series: [
      { name: 'injector CPU / share', type: 'bar',
        data: data.steps.map(function (s) { return round(s.injectorShare > 0 ? s.injectorCores / s.injectorShare : 0); }) },
      { name: 'saturated above', type: 'line', symbol: 'none', lineStyle: { type: 'dashed', color: '#b42318' },
        data: data.steps.map(function () { return 0.85; }) }
    ]
  });

  document.querySelectorAll('.latency-chart').forEach(function (el) {
    var request = el.getAttribute('data-request');
    var slo = data.slos[request];
    function series(name, field) {
      return { name: name, type: 'line', data: steps.map(function (s) {
        var r = s.requests.filter(function (q) { return q.request === request && q.count > 0; })[0];
        return [round(s.offeredPerSecond), r ? round(r[field]) : null];
      }) };
    }
    var all = [series('p50', 'p50Millis'), series('p95', 'p95Millis'), series('p99', 'p99Millis')];
    if (slo) {
      all[1].markLine = { symbol: 'none', label: { formatter: 'SLO p95' }, lineStyle: { type: 'dashed' }, data: [{ yAxis: slo.p95Millis }] };
      all[2].markLine = { symbol: 'none', label: { formatter: 'SLO p99' }, lineStyle: { type: 'dashed' }, data: [{ yAxis: slo.p99Millis }] };
    }
    chart(el.id, {
      title: { text: request, left: 'center', textStyle: { fontSize: 13 } },
      legend: { top: 20, data: ['p50', 'p95', 'p99'] },
      grid: { left: 60, right: 70, top: 50, bottom: 40 },
      xAxis: { type: 'value', name: 'offered/s', scale: true },
      yAxis: { type: 'value', name: 'ms', max: function (v) { return niceCeil(Math.max(v.max, slo ? slo.p99Millis * 1.05 : 1)); } },
      series: all
    });
  });

  var t = data.timeline;
  // The run's faults (faults.jsonl), each a shaded band labelled with its target and what, on every time chart: an
  // empty series of their own carries them, so they show whatever else the chart has, and the legend can hide them.
  function faultBands() {
    if (t.faults.length === 0) { return []; }
    return [{ name: 'faults', type: 'line', data: [], markArea: {
      itemStyle: { color: 'rgba(180, 35, 24, 0.12)' },
      label: { position: 'insideTop', color: '#b42318' },
      data: t.faults.map(function (f) { return [{ name: f.label, xAxis: f.fromMillis }, { xAxis: f.toMillis }]; })
    } }];
  }
  var statusSeries = Object.keys(t.byStatus).map(function (status) {
    var ok = status.charAt(0) === '2';
    return { name: status === '0' ? 'no response' : status, type: 'line', symbol: 'none', stack: ok ? 'ok' : 'errors',
      areaStyle: {}, yAxisIndex: ok ? 0 : 1, data: zip(t.statusMillis, t.byStatus[status]) };
  });
  chart('chart-statuses', {
    legend: {},
    xAxis: { type: 'time' },
    yAxis: [{ type: 'value', name: 'responses/s (2xx)' }, { type: 'value', name: 'errors/s', minInterval: 1 }],
    series: statusSeries.concat(faultBands())
  });

  if (data.usl && !data.usl.problem) {
    var u = data.usl;
    var uslSeries = [
      { name: 'measured', type: 'scatter', symbolSize: 9, data: u.points },
      { name: 'USL fit', type: 'line', symbol: 'none', smooth: true, data: u.curve }
    ];
    if (u.peakConcurrency !== null) {
      uslSeries[1].markLine = { symbol: 'none', label: { formatter: 'N* ' + round(u.peakConcurrency) }, data: [{ xAxis: u.peakConcurrency }] };
    }
    chart('chart-usl', {
      legend: {},
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', name: 'N (Little\'s law)' },
      yAxis: { type: 'value', name: 'X (achieved/s)' },
      series: uslSeries
    });
  }

  var demand = data.demand.classes.filter(function (c) { return c.identifiable; });
  chart('chart-demand', {
    tooltip: { trigger: 'axis', formatter: function (p) {
      var c = demand[p[0].dataIndex]; return c.request + ': ' + round(c.cpuMillis) + ' ± ' + round(c.stdErrorMillis) + ' ms CPU'; } },
    xAxis: { type: 'category', data: demand.map(function (c) { return c.request; }) },
    yAxis: { type: 'value', name: 'CPU ms / request' },
    series: [{ type: 'bar', data: demand.map(function (c) { return round(c.cpuMillis); }),
      label: { show: true, position: 'top', formatter: function (p) { return p.value + ' ms'; } } }]
  });

  if (data.storage.volumes.length > 0) {
    var w = data.storage.watermarks;
    var runway = data.storage.volumes.map(function (v) {
      return { name: v.name, type: 'line', symbol: 'none', data: zip(v.dates, v.usedShare.map(function (s) { return round(100 * s); })) };
    });
    runway[0].markLine = { symbol: 'none', lineStyle: { type: 'dashed' }, data: [
      { yAxis: 100 * w[0], label: { formatter: 'low' } }, { yAxis: 100 * w[1], label: { formatter: 'high' } },
      { yAxis: 100 * w[2], label: { formatter: 'flood' }, lineStyle: { color: '#b42318' } }] };
    chart('chart-runway', {
      legend: {},
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: '% in use', min: 0, max: function (v) { return Math.max(100, Math.ceil(v.max)); } },
      series: runway
    });
  }

  chart('chart-cpu', {
    legend: {},
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: 'cores' },
    series: [
      { name: 'service CPU', type: 'line', symbol: 'none', data: zip(t.serverMillis, t.cpuCores) },
      { name: 'injector CPU', type: 'line', symbol: 'none', data: zip(t.injectorMillis, t.injectorCores) }
    ].concat(faultBands())
  });
  chart('chart-memory', {
    legend: {},
    xAxis: { type: 'time' },
    yAxis: [{ type: 'value', name: 'heap MB' }, { type: 'value', name: 'connections, requests' }],
    series: [
      { name: 'heap MB', type: 'line', symbol: 'none', data: zip(t.serverMillis, t.heapMegabytes) },
      { name: 'pool active', type: 'line', symbol: 'none', yAxisIndex: 1, data: zip(t.serverMillis, t.poolActive) },
      { name: 'in flight', type: 'line', symbol: 'none', yAxisIndex: 1, data: zip(t.serverMillis, t.inFlight) }
    ].concat(faultBands())
  });
}());
