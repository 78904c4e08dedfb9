import { fuzzGroup } from './run.js';

fuzzGroup('core');
