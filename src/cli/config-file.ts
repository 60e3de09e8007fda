export { ConfigFileError, ConfigFileSchema, type ConfigFile } from '../screen/config-file.js';
export { readConfigFile } from '../node/project.js';
