/* eslint-disable -- hostile submissions for the judge, not project code */
// Replaces the built-ins a naive judge would compare with; the host compares on its own copies.
JSON.stringify = () => '2';
JSON.parse = () => 2;
Array.prototype.every = () => true;
Object.keys = () => [];
Object.is = () => true;
Array.isArray = () => true;
Object.prototype.toJSON = () => 2;
function solve() {
  return 'definitely wrong';
}
