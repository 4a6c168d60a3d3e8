// Registers one handler per contract channel. Every call is checked twice —
// the sender frame must be the app's own page, the payload must match the
// contract — and answered with a typed envelope; nothing throws across IPC.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  CHANNELS,
  validateRequest,
  type Channel,
  type IpcResult,
  type RequestOf,
  type ResponseOf,
} from '../../src-shared/ipc/contract';
import { isAppUrl } from '../security/urls';
import { errorText } from '../../src-shared/error-text';

export type ChannelHandlers = {
  [C in Channel]: (request: RequestOf<C>, event: IpcMainInvokeEvent) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** The handlers one feature owns: its part of the contract's handler map. */
export type HandlersFor<C extends Channel> = Pick<ChannelHandlers, C>;

export interface RegisterOptions {
  devServerOrigin?: string;
  /** Only this window's contents may call (checked with its webContents id). */
  isKnownContents?: (webContentsId: number) => boolean;
  log?: (message: string) => void;
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, options: RegisterOptions): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false; // main frame only, never an iframe
  if (!isAppUrl(frame.url, options.devServerOrigin)) return false;
  return options.isKnownContents ? options.isKnownContents(event.sender.id) : true;
}

export async function handleInvoke<C extends Channel>(
  channel: C,
  payload: unknown,
  event: IpcMainInvokeEvent,
  handler: ChannelHandlers[C],
  options: RegisterOptions,
): Promise<IpcResult<ResponseOf<C>>> {
  if (!isTrustedSender(event, options)) {
    options.log?.(`Refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
    return { ok: false, error: { code: 'forbidden-sender', message: 'This request did not come from CoderPath.' } };
  }
  const checked = validateRequest<C>(channel, payload);
  if (!checked.ok) return checked;
  try {
    return { ok: true, value: await handler(checked.value, event) };
  } catch (error) {
    const message = errorText(error);
    options.log?.(`${channel} failed: ${message}`);
    return { ok: false, error: { code: 'failed', message } };
  }
}

export function registerContractHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ChannelHandlers,
  options: RegisterOptions = {},
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      handleInvoke(channel, payload, event, handlers[channel] as ChannelHandlers[typeof channel], options),
    );
  }
}
