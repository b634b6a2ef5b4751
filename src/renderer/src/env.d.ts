/// <reference types="vite/client" />
import '../../shared/bridge'
