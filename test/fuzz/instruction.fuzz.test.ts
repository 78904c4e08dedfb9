import { fuzzGroup } from './run.js';

fuzzGroup('instruction');
