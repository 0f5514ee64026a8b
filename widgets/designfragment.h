// Cut/copy/paste fragments live in core (io/designfragment.h), so that the
// paste logic is tested without widgets; this header keeps old includes working.
#pragma once

#include "io/designfragment.h"
