import { fuzzGroup } from './run.js';

fuzzGroup('discipline');
