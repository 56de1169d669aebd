// Apache ECharts, installed from npm at the version package-lock.json pins and copied into /vendor by the build
// (Api.csproj, target FrontEndVendor). The folder carries the version, so that the file can be cached for a year.
export * from '/vendor/echarts-6.1.0/echarts.esm.min.js';
