import type { Channel, Modifier, Sample } from './schema.js';
import { comparePython, sortedUnique } from './python-order.js';

/**
 * pyhf's bookkeeping of a spec (`_ChannelSummaryMixin`): channels, samples and (name, type) modifier pairs, each
 * sorted like Python's `sorted(set(…))`, the number of bins per channel, and the global ("main data") bin order:
 * channels in sorted order, bins within a channel in spec order.
 */
export interface SpecLayout {
  /** channel names, sorted */
  readonly channels: readonly string[];
  /** bins per channel, in `channels` order */
  readonly channelBins: readonly number[];
  /** first global bin of each channel */
  readonly channelOffsets: readonly number[];
  /** total number of bins (pyhf `nmaindata`) */
  readonly nbins: number;
  /** sample names over all channels, sorted */
  readonly samples: readonly string[];
  /** distinct (name, type) modifier pairs, sorted by name then type */
  readonly modifiers: readonly { readonly name: string; readonly type: string }[];
  /** the sample `sample` of channel `channel`, if present */
  sample(channel: string, sample: string): Sample | undefined;
  /** the modifier (name, type) of a sample, if present */
  modifier(channel: string, sample: string, name: string, type: string): Modifier | undefined;
}

export function specLayout(channelsIn: readonly Channel[]): SpecLayout {
  const byName = new Map<string, Channel>(channelsIn.map((c) => [c.name, c]));
  const channels = sortedUnique(channelsIn.map((c) => c.name));
  const channelBins = channels.map((c) => (byName.get(c) as Channel).samples[0].data.length);
  const channelOffsets: number[] = [];
  let nbins = 0;
  for (const n of channelBins) {
    channelOffsets.push(nbins);
    nbins += n;
  }
  const samples = sortedUnique(channelsIn.flatMap((c) => c.samples.map((s) => s.name)));
  const pairs = new Map<string, { name: string; type: string }>();
  const lookup = new Map<string, Sample>();
  const modLookup = new Map<string, Modifier>();
  for (const c of channelsIn) {
    for (const s of c.samples) {
      lookup.set(`${c.name}\u0000${s.name}`, s);
      for (const m of s.modifiers) {
        pairs.set(`${m.name}\u0000${m.type}`, { name: m.name, type: m.type });
        modLookup.set(`${c.name}\u0000${s.name}\u0000${m.name}\u0000${m.type}`, m);
      }
    }
  }
  const modifiers = [...pairs.values()].sort((a, b) => comparePython(a.name, b.name) || comparePython(a.type, b.type));
  return {
    channels,
    channelBins,
    channelOffsets,
    nbins,
    samples,
    modifiers,
    sample: (c, s) => lookup.get(`${c}\u0000${s}`),
    modifier: (c, s, n, t) => modLookup.get(`${c}\u0000${s}\u0000${n}\u0000${t}`),
  };
}
