// The describer (./issues.ts) as the widgets load it: on demand, in a chunk of its own (see inWords in
// src/shared/feed-controller.ts), and statically from the calendar reader, which is such a chunk itself. It is a
// module apart because the all-in-one bundle imports ./issues.ts at once for the package API: had the widgets loaded
// that module on demand too, the bundler would have split the all-in-one's feed code into a second file that every
// page loads.
export { describeProblems } from './issues.js';
