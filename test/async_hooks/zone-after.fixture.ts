// zone.js loaded after polynode installed its patches (study row Z2): run in an iframe by
// zone.test.ts. Imports evaluate in order: our patches, then zone.js, then the scenarios.
import './zone/install-first.js';
import 'zone.js';
import { runZoneScenarios } from './zone/scenarios.js';

(window as unknown as { zoneResults: unknown }).zoneResults = runZoneScenarios();
