// Imported first: every schema built after it parses without code generation.
import './zod-jitless';
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('coderpath', createBridge(ipcRenderer));
