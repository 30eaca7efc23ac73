import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Product} from '../models';
import {StockLevelRepository} from '../repositories';

// LoopBack 3's endpoints of StockLevel.product, at its paths (/StockLevels/{id}/product).
export class StockLevelProductController {
  constructor(
    @repository(StockLevelRepository)
    protected stockLevelRepository: StockLevelRepository,
  ) {}

  @get('/StockLevels/{id}/product')
  @response(200, {
    description: 'StockLevel.product: the Product it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Product),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Product> {
    return this.stockLevelRepository.product(id);
  }
}
