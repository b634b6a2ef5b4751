import { call } from '../../lib/api'

// The host's file dialogs (native in the desktop app, stand-ins in the browser harness).
// Each answers an absolute path, or null when the trainer cancelled.

const JSON_FILES = [{ name: 'Spotter export', extensions: ['json'] }]

export async function chooseExportTarget(title: string, defaultName: string): Promise<string | null> {
  const { path } = await call('host.chooseSavePath', { title, defaultName, filters: JSON_FILES })
  // Some systems' save dialogs do not add the extension when the trainer types a bare name.
  return path && !path.toLowerCase().endsWith('.json') ? `${path}.json` : path
}

export async function chooseExportFile(title: string): Promise<string | null> {
  return (await call('host.chooseOpenPath', { title, filters: JSON_FILES })).path
}

export async function chooseBackupFile(): Promise<string | null> {
  return (await call('host.chooseOpenPath', { title: 'Choose a Spotter backup or data file', filters: [{ name: 'Spotter data', extensions: ['db', 'sqlite'] }] })).path
}

export async function chooseCsvFile(): Promise<string | null> {
  return (await call('host.chooseOpenPath', { title: 'Choose a client list (CSV)', filters: [{ name: 'CSV file', extensions: ['csv', 'txt'] }] })).path
}

export async function chooseFolder(title: string): Promise<string | null> {
  return (await call('host.chooseFolder', { title })).path
}
