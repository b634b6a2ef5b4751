import type { HostAdapter } from '../../../shared/host'
import { CoreFailure } from '../errors'
import type { HandlerTable } from '../handler'

type HostMethod = 'host.chooseSavePath' | 'host.chooseOpenPath' | 'host.chooseFolder' | 'host.openPath' | 'host.showInFolder'

/** File dialogs through whichever host runs the core; without one (command line, tests) they say so. */
export function hostHandlers(host: HostAdapter | undefined): HandlerTable<HostMethod> {
  const need = (): HostAdapter => {
    if (!host) throw new CoreFailure('unavailable', 'There are no file dialogs here: give a file path instead')
    return host
  }
  return {
    'host.chooseSavePath': { run: async (input) => ({ path: await need().chooseSavePath(input) }) },
    'host.chooseOpenPath': { run: async (input) => ({ path: await need().chooseOpenPath(input) }) },
    'host.chooseFolder': { run: async (input) => ({ path: await need().chooseFolder(input) }) },
    'host.openPath': { run: async ({ path }) => ({ opened: await need().openPath(path) }) },
    'host.showInFolder': { run: async ({ path }) => ({ opened: await need().showInFolder(path) }) }
  }
}
