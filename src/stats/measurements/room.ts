/**
 * The papers' "room for new physics" in a mode with an upper limit (paper 001 Table 2 and text): the part of the
 * branching ratio new physics may add to the SM (incoherently) without exceeding the limit,
 *   ul-sm90  UL − (SM − 1.645 σ_SM)   (paper 001's prescription: the 90 % CL limit minus the lower end of the 90 %
 *                                     SM range)
 *   ul-sm    UL − SM
 *   ul       UL (no subtraction)
 * A model passes the cut when its new-physics contribution BR − BR_SM is at most the room.
 */
import { EmissError } from '../../core/errors.js';
import { Z90 } from './catalogue.js';

export type RoomRule = 'ul-sm90' | 'ul-sm' | 'ul';
export const ROOM_RULES: readonly RoomRule[] = ['ul-sm90', 'ul-sm', 'ul'];

export function roomForNewPhysics(limit: number, sm: { readonly value: number; readonly sigma: number }, rule: RoomRule): number {
  switch (rule) {
    case 'ul':
      return limit;
    case 'ul-sm':
      return limit - sm.value;
    case 'ul-sm90':
      return limit - (sm.value - Z90 * sm.sigma);
    default:
      throw new EmissError(`unknown room-for-NP rule '${rule as string}' (known: ${ROOM_RULES.join(', ')})`);
  }
}
