/**
 * polynode's `diagnostics_channel`: Node 16.13.1's `diagnostics_channel` module for the browser.
 *
 * Named channels with subscribe, unsubscribe and publish, as in Node 16.13.1: a channel
 * without subscribers is a plain `Channel` (its `publish` does nothing, it has no
 * `unsubscribe`); its first subscriber turns it into an active channel, and removing the
 * last one turns it back. Channels are held weakly by name, as in Node 16.
 *
 * @packageDocumentation
 */
import { ERR_INVALID_ARG_TYPE } from '../internal/errors.js';
import { validateFunction } from '../internal/validators.js';

/** A subscriber: called with the published message and the channel's name. */
export type ChannelListener = (message: unknown, name: string | symbol) => void;

/** Reports a subscriber's error the way a browser reports an uncaught one, without stopping the other subscribers. */
function reportLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/**
 * Node's `diagnostics_channel.Channel`. Get channels with `channel(name)`; `new Channel(name)`
 * works, as in Node 16, but makes a channel that `channel(name)` does not know.
 * `instanceof Channel` holds for inactive and active channels.
 */
export class Channel {
  /** The subscribers while active; `undefined` while inactive. */
  _subscribers: ChannelListener[] | undefined;
  /** The channel's name. */
  name: string | symbol;

  constructor(name: string | symbol) {
    this._subscribers = undefined;
    this.name = name;
  }

  static [Symbol.hasInstance](instance: unknown): boolean {
    if (typeof instance !== 'object' || instance === null) return false;
    const prototype: unknown = Object.getPrototypeOf(instance);
    return prototype === Channel.prototype || prototype === ActiveChannel.prototype;
  }

  /** Adds a subscriber; the channel becomes active (even when `subscription` is then refused, as in Node 16). */
  subscribe(subscription: ChannelListener): void {
    Object.setPrototypeOf(this, ActiveChannel.prototype);
    this._subscribers = [];
    this.subscribe(subscription);
  }

  /** Whether the channel has subscribers: false for an inactive channel. */
  get hasSubscribers(): boolean {
    return false;
  }

  /** Sends `message` to the subscribers: an inactive channel has none, so this does nothing. */
  publish(_message?: unknown): void {}
}

/** Strong references to the channels that have subscribers, so a subscribed channel stays alive. */
const active = /*#__PURE__*/ new Set<Channel>();

/** The prototype of a channel with subscribers (Node's internal ActiveChannel). */
class ActiveChannel {
  declare _subscribers: ChannelListener[];
  declare name: string | symbol;

  subscribe(subscription: ChannelListener): void {
    validateFunction(subscription, 'subscription');
    this._subscribers.push(subscription);
    active.add(this as unknown as Channel);
  }

  unsubscribe(subscription: ChannelListener): void {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return;
    this._subscribers.splice(index, 1);
    if (this._subscribers.length === 0) {
      active.delete(this as unknown as Channel);
      Object.setPrototypeOf(this, Channel.prototype);
    }
  }

  get hasSubscribers(): boolean {
    return true;
  }

  publish(message?: unknown): void {
    for (let i = 0; i < this._subscribers.length; i++) {
      try {
        this._subscribers[i]!(message, this.name);
      } catch (error) {
        reportLater(error);
      }
    }
  }
}

/** The channel of each name, held weakly (where WeakRef exists; strongly otherwise). */
const channels: Map<string | symbol, { deref(): Channel | undefined }> = /*#__PURE__*/ new Map();

function lookup(name: string | symbol): Channel | undefined {
  return channels.get(name)?.deref();
}

/**
 * Node's `diagnostics_channel.channel(name)`: the channel of that name (a string or a
 * symbol), made on first use. Throws `ERR_INVALID_ARG_TYPE` for any other name.
 * Browser: a channel with subscribers is kept alive by them (Node 16.13.1 could collect
 * it, losing the subscription); one without is held weakly, as in Node.
 */
export function channel(name: string | symbol): Channel {
  const existing = lookup(name);
  if (existing) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  const made = new Channel(name);
  channels.set(name, typeof WeakRef === 'function' ? new WeakRef(made) : { deref: () => made });
  return made;
}

/**
 * Node's `diagnostics_channel.hasSubscribers(name)`: whether the channel of that name
 * exists and has subscribers (false for any unknown name, without validation, as in Node).
 */
export function hasSubscribers(name: string | symbol): boolean {
  const found = lookup(name);
  return found ? found.hasSubscribers : false;
}

/** Node's `diagnostics_channel` module object: what `import dc from 'diagnostics_channel'` and `require('diagnostics_channel')` give. */
const diagnosticsChannelModule = {
  Channel,
  channel,
  hasSubscribers,
};
export default diagnosticsChannelModule;
