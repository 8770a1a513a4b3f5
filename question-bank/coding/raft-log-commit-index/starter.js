/**
 * @param {number} clusterSize servers 0 … clusterSize - 1; you are server 0
 * @param {[number, number][]} log runs of [term, count]
 * @param {number} commitIndex your commit index at the start
 * @param {(string | number)[][]} events ["elected", T], ["append", k], ["ack", f, term, matchIndex]
 * @returns {number[]} your commit index after each event
 */
function commitIndexes(clusterSize, log, commitIndex, events) {
  // Your code here.
  return events.map(() => commitIndex);
}

/**
 * Provided driver (do not change): the judge calls this. With an array of events it returns
 * `commitIndexes(clusterSize, log, commitIndex, events)`. With a load
 * { seed, count, maxAppend, appendShare } it generates `count` valid events (elections, batched
 * appends, acks that arrive late, out of order or from older terms, rare replies from a newer
 * term) and returns the final commit index and a checksum of all of them.
 */
function runRaft(clusterSize, log, commitIndex, events) {
  if (Array.isArray(events)) return commitIndexes(clusterSize, log, commitIndex, events);
  let seed = events.seed >>> 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const generated = [];
  let term = log.length > 0 ? log[log.length - 1][0] : 0;
  let last = log.reduce((sum, [, count]) => sum + count, 0);
  let leader = false;
  const replicated = new Array(clusterSize).fill(0);
  while (generated.length < events.count) {
    const r = random();
    if (!leader) {
      term += 1 + Math.floor(random() * 3);
      leader = true;
      generated.push(['elected', term]);
    } else if (r < events.appendShare) {
      const k = 1 + Math.floor(random() * events.maxAppend);
      last += k;
      generated.push(['append', k]);
    } else if (clusterSize > 1) {
      const f = 1 + Math.floor(random() * (clusterSize - 1));
      if (r > 0.9995) {
        term++;
        leader = false;
        generated.push(['ack', f, term, Math.floor(random() * (replicated[f] + 1))]);
      } else if (r > 0.97) {
        const staleTerm = r > 0.985 ? Math.max(0, term - 1 - Math.floor(random() * 2)) : term;
        generated.push(['ack', f, staleTerm, Math.floor(random() * (replicated[f] + 1))]);
      } else {
        replicated[f] = Math.max(
          replicated[f],
          last - Math.floor(random() * (last - replicated[f] + 1)),
        );
        generated.push(['ack', f, term, replicated[f]]);
      }
    } else {
      generated.push(['append', 1]);
      last++;
    }
  }
  const commits = commitIndexes(clusterSize, log, commitIndex, generated);
  let checksum = 2166136261;
  for (const c of commits) {
    checksum = Math.imul(checksum ^ (c % 1000000007), 16777619) >>> 0;
  }
  return { last: commits[commits.length - 1] ?? commitIndex, checksum };
}
