-- expect: where_cloud_no_price.lua:3: cloud 'cloud': no price for H100 SXM (phase 'a')
scenario "S" { phase "a" { gpu = hw "H100", gpu_hours = 1000 },
  pricing = { cloud { provider = "Microsoft Azure", date = "2019-08-02", prices = {} } } }
