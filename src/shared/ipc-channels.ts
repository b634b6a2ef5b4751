// The Electron IPC channels between preload and main. Every contract call travels on one channel as
// {method, input} and is answered with an envelope; core events travel on another as {event, payload}.

export const INVOKE_CHANNEL = 'spotter:invoke'
export const EVENT_CHANNEL = 'spotter:event'

export interface InvokeRequest {
  method: string
  input: unknown
}

export interface EventMessage {
  event: string
  payload: unknown
}
