// Apache ECharts, the global its classic script (index.html, #echarts-library) sets, for the modules that draw charts.
// A page that draws charts loads that script; until it has run, importing this module waits for it.
const library = document.getElementById('echarts-library');

export const echarts = globalThis.echarts ?? await new Promise((resolve, reject) => {
  library.addEventListener('load', () => resolve(globalThis.echarts));
  library.addEventListener('error', () => reject(new Error('ECharts could not be loaded')));
});
