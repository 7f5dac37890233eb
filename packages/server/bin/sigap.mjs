#!/usr/bin/env node
// Runs the TypeScript sources through tsx (see docs/decisions/0002-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
