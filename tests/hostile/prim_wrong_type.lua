-- expect: bad argument #1 to
rental_cost("lots", 2, 0)
