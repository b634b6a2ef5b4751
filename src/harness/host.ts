import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { HostAdapter } from '../shared/host'

/**
 * The harness's stand-in for native file dialogs. A save dialog answers a file under
 * `<dataDir>/exports/` (so a journey can open what the app wrote); open and folder dialogs answer
 * what a test queued with `answerNext`, or "cancelled" when nothing was queued. Opening a file
 * only records it: there is no system viewer in a test.
 */
export class StandInHost implements HostAdapter {
  readonly opened: string[] = []
  readonly shown: string[] = []
  private readonly answers: Array<string | null> = []

  constructor(private readonly dataDir: string) {}

  /** The next dialog (of any kind) answers this path, or null for "cancelled". */
  answerNext(path: string | null): void {
    this.answers.push(path)
  }

  async chooseSavePath(input: { defaultName: string }): Promise<string | null> {
    if (this.answers.length > 0) return this.answers.shift() ?? null
    const folder = join(this.dataDir, 'exports')
    mkdirSync(folder, { recursive: true })
    return join(folder, input.defaultName)
  }

  async chooseOpenPath(): Promise<string | null> {
    return this.answers.shift() ?? null
  }

  async chooseFolder(): Promise<string | null> {
    return this.answers.shift() ?? null
  }

  async openPath(path: string): Promise<boolean> {
    this.opened.push(path)
    return true
  }

  async showInFolder(path: string): Promise<boolean> {
    this.shown.push(path)
    return true
  }
}
