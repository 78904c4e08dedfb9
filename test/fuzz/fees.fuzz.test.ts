import { fuzzGroup } from './run.js';

fuzzGroup('fees');
