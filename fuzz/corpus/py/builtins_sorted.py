print(sorted([3, 1, 2]), sorted('cab'), sorted([(2, 'a'), (1, 'b')]), sorted([3, 1], reverse=True), sorted({'b': 1, 'a': 2}))
