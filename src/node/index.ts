export { loadDataset, citeAs, type LoadDatasetOptions } from './load-dataset.js';
export { streamTableFile, type StreamTableOptions } from './stream-table.js';
export { listDatasetFiles, CONFIG_FILE_NAME, type DatasetFile, type SkippedFile } from './files.js';
export { loadProject, checkDirectory, readConfigFile, type LoadProjectOptions, type Project } from './project.js';
