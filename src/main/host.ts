// Native file dialogs and the system viewer for the core's `host.*` methods. Electron-aware, so it
// lives beside index.ts, outside the core.
import { dialog, shell, type BrowserWindow } from 'electron'
import type { HostAdapter } from '../shared/host'

export function electronHost(window: () => BrowserWindow | undefined): HostAdapter {
  const parent = () => {
    const w = window()
    return w && !w.isDestroyed() ? w : undefined
  }
  const filtersOf = (filters: Array<{ name: string; extensions: string[] }>) => (filters.length > 0 ? filters : undefined)
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = { title, defaultPath: defaultName, filters: filtersOf(filters) }
      const w = parent()
      const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const options = { title, filters: filtersOf(filters), properties: ['openFile' as const] }
      const w = parent()
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseFolder({ title }) {
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] }
      const w = parent()
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    // shell.openPath answers '' on success and an error message otherwise.
    async openPath(path) {
      return (await shell.openPath(path)) === ''
    },
    async showInFolder(path) {
      shell.showItemInFolder(path)
      return true
    }
  }
}
