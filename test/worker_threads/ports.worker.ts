// §16.11.3/4: receives a MessagePort and a transferred typed array, answers on the port.
import { parentPort } from '../../src/worker_threads/index.js';

parentPort!.on('message', (message: { command: string; data: any }) => {
  if (message.command === 'changeChannel') {
    const port = message.data;
    port.on('message', (text: string) => port.postMessage(`heard: ${text}`));
  } else if (message.command === 'pixels') {
    const pixels: Uint32Array = message.data;
    for (let i = 0; i < pixels.length; i++) pixels[i] = pixels[i]! * 2;
    parentPort!.postMessage(pixels, [pixels.buffer]);
  } else if (message.command === 'close') {
    parentPort!.close();
  }
});
