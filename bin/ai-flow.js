#!/usr/bin/env node
import '../dist/ai-flow.js';
