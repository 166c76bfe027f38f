-- expect: rental_cost: rate must be a finite number >= 0 (got -2)
rental_cost(100, -2, 0)
