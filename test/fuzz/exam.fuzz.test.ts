import { fuzzGroup } from './run.js';

fuzzGroup('exam');
