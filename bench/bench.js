// Runs in the page: times each scenario from inserting the element until every
// sc-* element in it has rendered (state ready), over several runs.
const documents = Object.fromEntries(
  await Promise.all(
    ['kazuo-2024-q1', 'lingyuan-h1', 'shuangta-2024-q1'].map(async (name) => [name, await (await fetch(`/demo/data/${name}.json`)).json()]),
  ),
);

const widgets = (root) =>
  [...root.querySelectorAll('*')].flatMap((element) =>
    element.tagName.startsWith('SC-') ? [element, ...(element.shadowRoot ? widgets(element.shadowRoot) : [])] : [],
  );

// A task-queue tick (not a frame): Lit renders in microtasks, so this sees each step.
const channel = new MessageChannel();
const tick = () => new Promise((resolve) => {
  channel.port1.onmessage = resolve;
  channel.port2.postMessage(0);
});

const settled = async (root) => {
  for (;;) {
    const all = widgets(root);
    if (all.length > 0 && all.every((element) => element.state === 'ready')) return all.length;
    await tick();
  }
};

const scenarios = {
  'one sc-indicator-card': () => [['sc-indicator-card', { indicator: 'fixed-asset-investment' }, documents['kazuo-2024-q1']]],
  '26 sc-indicator-cards': () => documents['kazuo-2024-q1'].indicators.map((indicator) => ['sc-indicator-card', { indicator: indicator.id }, documents['kazuo-2024-q1']]),
  'sc-growth-bars (Lingyuan)': () => [['sc-growth-bars', {}, documents['lingyuan-h1']]],
  'sc-project-funnel (Lingyuan)': () => [['sc-project-funnel', {}, documents['lingyuan-h1']]],
  'sc-tourism-surge (Kazuo)': () => [['sc-tourism-surge', {}, documents['kazuo-2024-q1']]],
  'sc-scorecard (Kazuo, 31 widgets)': () => [['sc-scorecard', {}, documents['kazuo-2024-q1']]],
};

const stage = document.querySelector('#stage');
const results = {};
for (const [name, make] of Object.entries(scenarios)) {
  const times = [];
  for (let run = 0; run < 9; run++) {
    stage.replaceChildren();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const start = performance.now();
    for (const [tag, attributes, data] of make()) {
      const element = document.createElement(tag);
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
      element.data = data;
      stage.append(element);
    }
    await settled(stage);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  results[name] = { median: times[Math.floor(times.length / 2)], best: times[0] };
}
window.benchResults = results;
