import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { menuTemplate } from '../../src/main/menu'

const noActions = { showAbout: () => {}, showDataFolder: () => {} }

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label)
  expect(menu, `menu ${label}`).toBeDefined()
  return menu!.submenu as MenuItemConstructorOptions[]
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean)

describe('application menu', () => {
  it('has the standard menus on Windows and Linux, with Quit in File', () => {
    const template = menuTemplate({ isMac: false, isPackaged: true, appName: 'Spotter' }, noActions)
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    expect(roles(submenu(template, 'File'))).toEqual(['quit'])
    expect(roles(submenu(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    expect(roles(submenu(template, 'View'))).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']))
  })

  it('starts with the app menu on macOS', () => {
    const template = menuTemplate({ isMac: true, isPackaged: true, appName: 'Spotter' }, noActions)
    expect(template.map((item) => item.label)).toEqual(['Spotter', 'File', 'Edit', 'View', 'Window', 'Help'])
    expect(roles(submenu(template, 'Spotter'))).toContain('quit')
  })

  it('offers developer tools only in development builds', () => {
    const packaged = menuTemplate({ isMac: false, isPackaged: true, appName: 'Spotter' }, noActions)
    const development = menuTemplate({ isMac: false, isPackaged: false, appName: 'Spotter' }, noActions)
    expect(roles(submenu(packaged, 'View'))).not.toContain('toggleDevTools')
    expect(roles(submenu(development, 'View'))).toContain('toggleDevTools')
  })

  it('has About Spotter and Show Data Folder in Help, wired to their actions', () => {
    const called: string[] = []
    const template = menuTemplate({ isMac: false, isPackaged: true, appName: 'Spotter' }, { showAbout: () => called.push('about'), showDataFolder: () => called.push('folder') })
    const help = submenu(template, 'Help')
    const click = (label: string) => (help.find((item) => item.label === label)?.click as () => void)()
    click('About Spotter')
    click('Show Data Folder')
    expect(called).toEqual(['about', 'folder'])
  })
})
