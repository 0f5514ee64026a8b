// Two-terminal reliability of the request graph: the probability that a
// request from `internet` can reach a database when every failure variable
// (a server, a network firewall, a service with an availability of its own)
// is up with its own probability, independently of the others.
//
// Computing this exactly is #P-hard in general, so the method is:
//  1. Exact, by series-parallel reduction with factoring. The graph is
//     reduced with rules that keep the result exact:
//       - a vertex that cannot fail and has one predecessor or one successor
//         is bypassed;
//       - series: u -> v where u's only successor is v and v's only
//         predecessor is u become one vertex (up when both are up; a server
//         met twice on the way counts once);
//       - parallel: vertices with the same predecessors and the same
//         successors become one vertex (up when either is up) when they share
//         no failure variable.
//     When the reduction gets stuck (a server shared by several branches, a
//     bridge between branches), it factors on one variable (Shannon
//     expansion: A = a*A(up) + (1-a)*A(down)) and reduces both halves again.
//     Designs that are series-parallel need no factoring; the others need
//     one level per shared variable. This is used while the request paths
//     hold at most kExactVertexLimit vertices and the factoring stays under
//     kExactSolveBudget reductions.
//  2. Beyond that, an approximation in O(V+E): vertices in topological order
//     get R(v) = a(v) * (1 - prod over predecessors p of (1 - R(p) / a(v&p))),
//     where a(v) is the product of v's variables and a(v&p) that of the
//     variables v shares with p (a server is counted once along its own
//     chain). It treats separate branches as independent: exact for
//     series-parallel graphs whose branches share no server, otherwise an
//     estimate (a little optimistic where branches that share an upstream
//     node meet again). Results say which method was used.
#pragma once

#include <optional>
#include <vector>

namespace sw {

struct ReliabilityProblem {
    // Vertices (index = vertex id) with the failure variables they depend on;
    // a vertex is up when all its variables are up.
    std::vector<std::vector<int>> vars;
    std::vector<std::vector<int>> out;   // successors
    int source = -1;
    int sink = -1;
    std::vector<double> availability;    // per variable, in [0, 1]

    int vertexCount() const { return int(vars.size()); }
};

constexpr int kExactVertexLimit = 1500;
constexpr int kExactSolveBudget = 4000;

// Variable states: -1 unknown (random), 0 down, 1 up.
using VarStates = std::vector<signed char>;

// Exact result, or nothing when the problem is too large for the budget.
std::optional<double> exactReliability(const ReliabilityProblem &p, const VarStates &states);
// The O(V+E) estimate described above.
double approximateReliability(const ReliabilityProblem &p, const VarStates &states);

} // namespace sw
