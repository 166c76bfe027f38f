-- expect: rental_cost: argument 1: number expected, got string
rental_cost("lots", 2, 0)
