#!/usr/bin/env node
// The package's command: the built CLI (src/cli/bin.ts → dist/cli.js).
import '../dist/cli.js';
