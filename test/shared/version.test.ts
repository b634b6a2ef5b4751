import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { APP_VERSION } from '../../src/main/core/version'

it("the core reports package.json's version", () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; name: string; productName: string }
  expect(APP_VERSION).toBe(pkg.version)
  expect(pkg.name).toBe('spotter')
  expect(pkg.productName).toBe('Spotter')
})
