// The address checked is the address connected to. Checking a name's addresses and then letting
// fetch resolve the name again leaves a window (DNS rebinding: a public answer for the check, a
// private one for the connection). Here the connection's own lookup resolves once, refuses the
// name if any answer is non-public, and hands exactly the checked addresses to the socket.
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { Agent } from 'undici';
import { IngestRejection } from '../errors.js';
import { nonPublicRange, type Resolver } from './netguard.js';

/** Why an address may not be connected to (`loopback`, `private`, …), or null when it may. */
export type AddressCheck = (address: string) => string | null;

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** Resolves with `resolve`, checks every answer, and answers in the shape the socket asked for. */
export function checkedLookup(resolve: Resolver, check: AddressCheck = nonPublicRange): LookupFunction {
  const lookup = (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        for (const address of addresses) {
          const range = check(address);
          if (range) {
            const reason = `refused to fetch ${hostname}: ${address} is a ${range} address (allow with --allow-private-network)`;
            callback(new IngestRejection(reason), []);
            return;
          }
        }
        const found = addresses.map((address) => ({ address, family: isIP(address) }));
        if (!found.length) callback(new IngestRejection(`cannot resolve host ${hostname}: no addresses`), []);
        else if (options.all) callback(null, found);
        else callback(null, found[0]!.address, found[0]!.family);
      },
      (e: NodeJS.ErrnoException) =>
        callback(new IngestRejection(`cannot resolve host ${hostname}: ${e.code ?? e.message}`), []),
    );
  };
  return lookup as unknown as LookupFunction;
}

/** An undici dispatcher whose every connection goes through `checkedLookup`; close it when done. */
export function pinnedAgent(resolve: Resolver, check: AddressCheck = nonPublicRange): Agent {
  return new Agent({ connect: { lookup: checkedLookup(resolve, check) } });
}
