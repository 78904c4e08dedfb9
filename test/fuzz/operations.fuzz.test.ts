import { fuzzGroup } from './run.js';

fuzzGroup('operations');
