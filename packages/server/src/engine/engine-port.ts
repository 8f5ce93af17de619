// The server's view of the core engine: start from a profile, resume from a stored JSON snapshot,
// apply one event, snapshot, view. Services receive an EngineModule so a test can wrap core's
// (e.g. to fail on purpose); production uses `coreEngine`.
import {
  type Engine,
  type EngineState,
  type Profile,
  resumeEngine,
  type Started,
  startEngine,
} from '@steadily/core';

export type { Engine, EngineState };

export interface EngineModule {
  startEngine(profile: Profile): Started;
  resumeEngine(state: EngineState): Engine;
}

export const coreEngine: EngineModule = { startEngine, resumeEngine };
