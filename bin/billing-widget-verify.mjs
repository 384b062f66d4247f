#!/usr/bin/env node
// `npx billing-widget-verify <baseUrl> [--header "Name: value"]… [--allow-charges]`: the contract
// checks of react-billing-widget/testing from the command line, run from the built entry.
import { runVerifyCommand } from '../dist/testing.js';

process.exitCode = await runVerifyCommand(process.argv.slice(2));
