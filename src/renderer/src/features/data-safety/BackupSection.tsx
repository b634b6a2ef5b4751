/** In settings: where backups go, how often, and "Back up now". */
export function BackupSection() {
  return null
}
