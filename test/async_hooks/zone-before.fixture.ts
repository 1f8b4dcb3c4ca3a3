// zone.js loaded before polynode (study row Z1): run in an iframe by zone.test.ts.
import 'zone.js';
import { runZoneScenarios } from './zone/scenarios.js';

(window as unknown as { zoneResults: unknown }).zoneResults = runZoneScenarios();
