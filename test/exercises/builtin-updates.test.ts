import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createClientsRepo } from '../../src/main/core/clients/repo'
import { createClientsService } from '../../src/main/core/clients/service'
import { openStore } from '../../src/main/core/db/open'
import { createTombstonesRepo } from '../../src/main/core/db/tombstones'
import { createExercisesRepo } from '../../src/main/core/exercises/repo'
import { builtinId, createExercisesService, type Library } from '../../src/main/core/exercises/service'
import { LIBRARY } from '../../src/main/core/library/index'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

/** The exercises service on a real store, with the library a given app version ships. */
function serviceWith(dataDir: string, library: Library) {
  const store = openStore(dataDir)
  const clients = createClientsService(store.db, createClientsRepo(store.db), createTombstonesRepo(store.db))
  return { store, exercises: createExercisesService(store.db, createExercisesRepo(store.db), clients, library) }
}

it("a newer app version improves its built-ins in place without touching the trainer's choices or exercises", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'spotter-lib-'))
  dirs.push(dataDir)
  const v1 = serviceWith(dataDir, LIBRARY)
  expect(v1.exercises.seedBuiltins().added).toBe(LIBRARY.exercises.length)
  const hipThrustId = builtinId('hip-thrust')
  v1.exercises.setHidden(hipThrustId, true)
  const mine = v1.exercises.duplicate(hipThrustId, 'My hip thrust')
  const untouched = v1.store.db.prepare('SELECT * FROM exercises WHERE id = ?').get(mine.id)
  v1.store.db.close()

  // Version 2 rewords the hip thrust's first step and adds a brand-new move.
  const improved = LIBRARY.exercises.map((e) => (e.key === 'hip-thrust' ? { ...e, steps: ['A clearer first step.', ...e.steps.slice(1)] } : e))
  const newMove = { ...LIBRARY.exercises.find((e) => e.key === 'floor-bridge')!, key: 'single-leg-floor-bridge', name: 'Single-leg floor bridge', aliases: [] }
  const v2 = serviceWith(dataDir, { ...LIBRARY, exercises: [...improved, newMove] })
  expect(v2.exercises.seedBuiltins()).toEqual({ added: 1, updated: 1 })

  const hipThrust = v2.exercises.get(hipThrustId)
  expect(hipThrust.content.steps[0]).toBe('A clearer first step.')
  expect(hipThrust.hidden).toBe(true)
  expect(v2.store.db.prepare('SELECT * FROM exercises WHERE id = ?').get(mine.id)).toEqual(untouched)
  expect(v2.exercises.get(builtinId('single-leg-floor-bridge')).content.name).toBe('Single-leg floor bridge')
  // The same version again does nothing.
  expect(v2.exercises.seedBuiltins()).toEqual({ added: 0, updated: 0 })
  v2.store.db.close()
})
